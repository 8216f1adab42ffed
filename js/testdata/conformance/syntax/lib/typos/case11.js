const f = () => { return 1
