function f() {
	return await  f();
}
