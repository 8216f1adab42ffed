function f( {
}
