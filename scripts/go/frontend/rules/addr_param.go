package main

func f(x int) *int { return &x }

func main() { _ = f(1) }
