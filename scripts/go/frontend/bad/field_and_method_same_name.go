package main

type T struct{ M int }

func (T) M() {}

func main() {}
