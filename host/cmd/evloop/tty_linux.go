package main

import "golang.org/x/sys/unix"

const (
	ioctlGetTermios = unix.TCGETS
	ioctlSetTermios = unix.TCSETSW // tcsetattr(TCSADRAIN), as libuv sets a mode
)
