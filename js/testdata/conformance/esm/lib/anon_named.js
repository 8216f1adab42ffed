// A default export of a named binding keeps its name.
const named = () => 3;
export default named;
