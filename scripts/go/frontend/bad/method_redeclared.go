package main

type T struct{}

func (t T) M() {}
func (t T) M() {}

func main() {}
