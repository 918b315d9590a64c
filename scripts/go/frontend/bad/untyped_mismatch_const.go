package main

const c = 2.5 + "x"

func main() { println(c) }
