const v = 1
export default v
with (v) {}
