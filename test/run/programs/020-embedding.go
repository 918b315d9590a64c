// Struct embedding: promoted fields and methods, shadowing by the outer type,
// embedded pointers, interfaces satisfied through promoted methods.
package main

import "fmt"

type Animal struct{ Name string }

func (a Animal) Speak() string    { return a.Name + " makes a sound" }
func (a *Animal) Rename(n string) { a.Name = n }
func (a Animal) Kind() string     { return "animal" }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Speak() string { return d.Name + " barks" }

type Logger struct{ prefix string }

func (l *Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Service struct {
	*Logger
	name string
}

type Speaker interface{ Speak() string }

func main() {
	d := Dog{Animal{"Rex"}, "lab"}
	fmt.Println(d.Speak(), "|", d.Animal.Speak(), "|", d.Kind())
	d.Rename("Max")
	fmt.Println(d.Name, d.Animal.Name)
	s := Service{&Logger{"[svc] "}, "x"}
	s.Log("started")
	var sp Speaker = d
	fmt.Println(sp.Speak())
	sp = d.Animal
	fmt.Println(sp.Speak())
	fmt.Printf("%+v\n", d)
	type Base struct{ ID int }
	type Mid struct{ Base }
	type Top struct{ Mid }
	t := Top{Mid{Base{7}}}
	fmt.Println(t.ID, t.Mid.Base.ID)
}
