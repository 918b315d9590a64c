package main

func leak(x int) {
	return x
}

var _ = z
