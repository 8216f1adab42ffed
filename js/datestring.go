package js

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"
)

// installDateString gives Date's toString and toTimeString the time zone's
// name as node's ICU spells it: goja writes Go's abbreviation, "(UTC)"
// where node writes "(Coordinated Universal Time)". The name is the long
// one toLocaleString's timeZoneName: 'long' prints (zoneName, locale_date.go).
func (r *Runtime) installDateString() error {
	vm := r.vm
	ctor, ok := vm.Get("Date").(*goja.Object)
	if !ok {
		return nil
	}
	proto, ok := ctor.Get("prototype").(*goja.Object)
	if !ok {
		return nil
	}
	for _, m := range []struct {
		name string
		date bool
	}{{"toString", true}, {"toTimeString", false}} {
		m := m
		fn := vm.ToValue(func(call goja.FunctionCall) goja.Value {
			o, _ := call.This.(*goja.Object)
			if o == nil || o.ClassName() != "Date" {
				panic(vm.NewTypeError("this is not a Date object."))
			}
			t, ok := o.Export().(time.Time)
			if !ok || math.IsNaN(dateValue(o)) {
				return vm.ToValue("Invalid Date")
			}
			return vm.ToValue(dateString(t.In(time.Local), m.date))
		}).(*goja.Object)
		setNameLength(vm, fn, m.name, 0)
		if err := proto.DefineDataProperty(m.name, fn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			return err
		}
	}
	return nil
}

// dateValue is the date's time value (NaN for an invalid date).
func dateValue(o *goja.Object) float64 {
	f, ok := goja.AssertFunction(o.Get("getTime"))
	if !ok {
		return math.NaN()
	}
	v, err := f(o)
	if err != nil {
		return math.NaN()
	}
	return v.ToFloat()
}

// dateString is ECMA-262's ToDateString (date set) or the time part of
// toTimeString: "Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal
// Time)".
func dateString(t time.Time, date bool) string {
	var b strings.Builder
	if date {
		y := t.Year()
		sign := ""
		if y < 0 {
			sign, y = "-", -y
		}
		ys := strconv.Itoa(y)
		for len(ys) < 4 {
			ys = "0" + ys
		}
		b.WriteString(t.Weekday().String()[:3] + " " + t.Month().String()[:3] + " " + twoDigits(t.Day()) + " " + sign + ys + " ")
	}
	_, offset := t.Zone()
	b.WriteString(twoDigits(t.Hour()) + ":" + twoDigits(t.Minute()) + ":" + twoDigits(t.Second()) + " GMT")
	sign := "+"
	if offset < 0 {
		sign, offset = "-", -offset
	}
	b.WriteString(sign + twoDigits(offset/3600) + twoDigits(offset%3600/60) + " (" + zoneName(t, "long") + ")")
	return b.String()
}
