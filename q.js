let f=5; new f()
