class A { static x = #y in {} }
