package main

const x

func main() {}
