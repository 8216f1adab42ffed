//go:build !evloopweb

package js

import (
	"math"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/dop251/goja"
)

// installDateLocale gives Date.prototype.toLocaleString,
// toLocaleDateString and toLocaleTimeString node's en-US output (goja
// printed 01/05/2024, 00:05:09 where node prints 1/5/2024, 12:05:09 AM).
// As for numbers, every locale is en-US. The options are Intl's: the
// date and time fields (weekday, year, month, day, hour, minute, second),
// hour12 and hourCycle, timeZone (UTC or an IANA name), timeZoneName and
// dateStyle/timeStyle; the layout follows ICU's en-US patterns for the
// combinations programs use.
func (r *Runtime) installDateLocale() error {
	vm := r.vm
	proto, getTime, ok := dateMethods(vm)
	if !ok {
		return nil
	}
	for _, m := range []struct {
		name     string
		required string // which fields the method needs: any, date, time (intl: Intl.DateTimeFormat's)
	}{{"toLocaleString", "any"}, {"toLocaleDateString", "date"}, {"toLocaleTimeString", "time"}} {
		m := m
		fn := vm.ToValue(func(call goja.FunctionCall) goja.Value {
			tv, err := getTime(call.This)
			if err != nil {
				panic(r.throwValue("TypeError", "Method Date.prototype."+m.name+" called on incompatible receiver "+r.receiverString(call.This)))
			}
			ms := tv.ToFloat()
			o := r.dateFormatOptions(call.Argument(0), call.Argument(1), m.required, "Date.prototype."+m.name)
			if math.IsNaN(ms) {
				return vm.ToValue("Invalid Date")
			}
			t := time.UnixMilli(int64(ms)).In(o.loc)
			return vm.ToValue(o.format(t))
		}).(*goja.Object)
		_ = fn.DefineDataProperty("name", vm.ToValue(m.name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = fn.DefineDataProperty("length", vm.ToValue(0), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		if err := proto.DefineDataProperty(m.name, fn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			return err
		}
	}
	return nil
}

// dateFormat is a resolved set of Intl.DateTimeFormat options.
type dateFormat struct {
	weekday, era, year, month, day string
	hour, minute, second           string
	tzName                         string
	hourCycle                      string // h11, h12, h23, h24
	dateStyle, timeStyle           string
	loc                            *time.Location
	lang                           string // "" (en-US), "en-GB" or "de": localeLang
}

func (r *Runtime) dateFormatOptions(locales, options goja.Value, required, method string) dateFormat {
	if goja.IsString(locales) && !localeTag().MatchString(locales.String()) {
		panic(r.throwValue("RangeError", "Incorrect locale information provided"))
	}
	o := dateFormat{loc: time.Local, hourCycle: "h12", lang: localeLang(locales)}
	if o.lang != "" {
		o.hourCycle = "h23"
	}
	opts, _ := options.(*goja.Object)
	get := func(name string, allowed ...string) string {
		if opts == nil {
			return ""
		}
		v := opts.Get(name)
		if v == nil || goja.IsUndefined(v) {
			return ""
		}
		s := v.String()
		if len(allowed) > 0 {
			for _, a := range allowed {
				if s == a {
					return s
				}
			}
			panic(r.throwValue("RangeError", "Value "+s+" out of range for "+method+" options property "+name))
		}
		return s
	}
	o.weekday = get("weekday", "long", "short", "narrow")
	o.year = get("year", "numeric", "2-digit")
	o.month = get("month", "numeric", "2-digit", "long", "short", "narrow")
	o.day = get("day", "numeric", "2-digit")
	o.hour = get("hour", "numeric", "2-digit")
	o.minute = get("minute", "numeric", "2-digit")
	o.second = get("second", "numeric", "2-digit")
	o.tzName = get("timeZoneName", "short", "long", "shortOffset", "longOffset", "shortGeneric", "longGeneric")
	o.dateStyle = get("dateStyle", "full", "long", "medium", "short")
	o.timeStyle = get("timeStyle", "full", "long", "medium", "short")
	if hc := get("hourCycle", "h11", "h12", "h23", "h24"); hc != "" {
		o.hourCycle = hc
	}
	if opts != nil {
		if v := opts.Get("hour12"); v != nil && !goja.IsUndefined(v) {
			// en-US without a 12-hour clock is ICU's "k" pattern: 1 to 24.
			switch {
			case v.ToBoolean():
				o.hourCycle = "h12"
			case o.lang != "":
				o.hourCycle = "h23"
			default:
				o.hourCycle = "h24"
			}
		}
	}
	if tz := get("timeZone"); tz != "" {
		switch strings.ToUpper(tz) {
		case "UTC", "GMT", "ETC/UTC", "ETC/GMT":
			o.loc = time.UTC
		default:
			loc, err := time.LoadLocation(tz)
			if err != nil {
				panic(r.throwValue("RangeError", "Invalid time zone specified: "+tz))
			}
			o.loc = loc
		}
	}
	hasDate := o.weekday != "" || o.year != "" || o.month != "" || o.day != ""
	hasTime := o.hour != "" || o.minute != "" || o.second != ""
	if o.dateStyle != "" || o.timeStyle != "" {
		if required == "date" && o.timeStyle != "" {
			panic(r.throwValue("TypeError", "Invalid option : timeStyle"))
		}
		if required == "time" && o.dateStyle != "" {
			panic(r.throwValue("TypeError", "Invalid option : dateStyle"))
		}
		if hasDate || hasTime || o.tzName != "" {
			// The first field set, in ECMA-402's table order.
			field := "timeZoneName"
			for _, f := range []struct{ name, v string }{{"weekday", o.weekday}, {"year", o.year}, {"month", o.month},
				{"day", o.day}, {"hour", o.hour}, {"minute", o.minute}, {"second", o.second}} {
				if f.v != "" {
					field = f.name
					break
				}
			}
			style := "timeStyle"
			if o.dateStyle != "" {
				style = "dateStyle"
			}
			panic(r.throwValue("TypeError", "Can't set option "+field+" when "+style+" is used"))
		}
		return o
	}
	// ECMA-402's ToDateTimeOptions: the fields a method adds when none of
	// the kind it needs are asked for.
	needDate := required != "time" && !hasDate
	needTime := required != "date" && !hasTime
	switch required {
	case "any":
		needDate = !hasDate && !hasTime
		needTime = needDate
	case "intl":
		// Intl.DateTimeFormat: ToDateTimeOptions(options, "any", "date").
		needDate, needTime = !hasDate && !hasTime, false
	}
	if needDate {
		o.year, o.month, o.day = "numeric", "numeric", "numeric"
	}
	if needTime {
		o.hour, o.minute, o.second = "numeric", "numeric", "numeric"
	}
	return o
}

var (
	longDays   = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	longMonths = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

func (o dateFormat) format(t time.Time) string {
	if o.dateStyle != "" || o.timeStyle != "" {
		return o.formatStyles(t)
	}
	date := o.datePart(t)
	clock := o.timePart(t)
	if o.tzName != "" {
		name := zoneName(t, o.tzName)
		if clock != "" {
			clock += " " + name
		} else {
			date += ", " + name
		}
	}
	switch {
	case date == "":
		return clock
	case clock == "":
		return date
	case o.month == "long":
		return date + o.at() + clock
	case o.weekday != "" && o.year == "" && o.month == "" && o.day == "":
		return date + " " + clock
	}
	return date + ", " + clock
}

func (o dateFormat) formatStyles(t time.Time) string {
	d, c := o.styleFields()
	date := d.datePart(t)
	clock := c.timePart(t)
	if clock != "" && c.tzName != "" {
		clock += " " + zoneName(t, c.tzName)
	}
	switch {
	case clock == "":
		return date
	case date == "":
		return clock
	case o.dateStyle == "full" || o.dateStyle == "long":
		return date + o.at() + clock
	}
	return date + ", " + clock
}

// styleFields are the fields dateStyle and timeStyle stand for in o's
// locale (ICU's patterns; node's output for each locale and style is case
// builtins/intl_date_styles): the date's, then the clock's. format lays
// them out (formatStyles) and formatToParts names them (shownFields).
func (o dateFormat) styleFields() (d, c dateFormat) {
	d = dateFormat{loc: o.loc, hourCycle: o.hourCycle, lang: o.lang}
	switch o.dateStyle {
	case "full":
		d.weekday, d.month, d.day, d.year = "long", "long", "numeric", "numeric"
	case "long":
		d.month, d.day, d.year = "long", "numeric", "numeric"
	case "medium":
		d.month, d.day, d.year = "short", "numeric", "numeric"
		if o.lang == "de" {
			d.month, d.day = "2-digit", "2-digit" // 05.01.2026
		}
	case "short":
		d.month, d.day, d.year = "numeric", "numeric", "2-digit"
		switch o.lang {
		case "en-GB":
			d.year = "numeric" // 05/01/2026
		case "de":
			d.month, d.day = "2-digit", "2-digit" // 05.01.26
		}
	}
	if o.timeStyle == "" {
		return d, c
	}
	c = dateFormat{loc: o.loc, hourCycle: o.hourCycle, hour: "numeric", minute: "2-digit", lang: o.lang}
	if o.lang != "" {
		c.hour = "2-digit" // ICU's HH or hh, on either clock
	}
	switch o.timeStyle {
	case "full":
		c.second, c.tzName = "2-digit", "long"
	case "long":
		c.second, c.tzName = "2-digit", "short"
	case "medium":
		c.second = "2-digit"
	}
	return d, c
}

// shownFields are the fields format shows: the options' own, or those
// dateStyle and timeStyle stand for.
func (o dateFormat) shownFields() dateFormat {
	if o.dateStyle == "" && o.timeStyle == "" {
		return o
	}
	f, c := o.styleFields()
	f.hour, f.minute, f.second, f.tzName = c.hour, c.minute, c.second, c.tzName
	return f
}

// at joins a date with a textual month to its time.
func (o dateFormat) at() string {
	if o.lang == "de" {
		return " um "
	}
	return " at "
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func (o dateFormat) datePart(t time.Time) string {
	if o.lang != "" {
		return o.datePartLocale(t)
	}
	year := strconv.Itoa(t.Year())
	if o.year == "2-digit" {
		year = twoDigits(t.Year() % 100)
	}
	day := strconv.Itoa(t.Day())
	if o.day == "2-digit" {
		day = twoDigits(t.Day())
	}
	weekday := ""
	switch o.weekday {
	case "long":
		weekday = longDays[t.Weekday()]
	case "short":
		weekday = longDays[t.Weekday()][:3]
	case "narrow":
		weekday = longDays[t.Weekday()][:1]
	}
	var s string
	switch o.month {
	case "long", "short", "narrow":
		month := longMonths[t.Month()-1]
		switch o.month {
		case "short":
			month = month[:3]
		case "narrow":
			month = month[:1]
		}
		switch {
		case o.day != "" && o.year != "":
			s = month + " " + day + ", " + year
		case o.day != "":
			s = month + " " + day
		case o.year != "":
			s = month + " " + year
		default:
			s = month
		}
	case "numeric", "2-digit":
		month := strconv.Itoa(int(t.Month()))
		if o.month == "2-digit" {
			month = twoDigits(int(t.Month()))
		}
		s = month
		if o.day != "" {
			s += "/" + day
		}
		if o.year != "" {
			s += "/" + year
		}
	default:
		switch {
		case o.year != "" && o.day != "":
			s = day + " " + year
		case o.year != "":
			s = year
		case o.day != "":
			s = day
		}
	}
	switch {
	case weekday == "":
		return s
	case s == "":
		return weekday
	}
	return weekday + ", " + s
}

func (o dateFormat) timePart(t time.Time) string {
	if o.hour == "" && o.minute == "" && o.second == "" {
		return ""
	}
	h := t.Hour()
	suffix := ""
	switch o.hourCycle {
	case "h12", "h11":
		suffix = " AM"
		if h >= 12 {
			suffix = " PM"
		}
		if o.lang == "en-GB" {
			suffix = strings.ToLower(suffix) // 5 pm
		}
		h %= 12
		if h == 0 && o.hourCycle == "h12" {
			h = 12
		}
	case "h24":
		if h == 0 {
			h = 24
		}
	}
	var parts []string
	if o.hour != "" {
		hs := strconv.Itoa(h)
		// Two digits when asked, and always on a 24-hour clock with
		// minutes (ICU's HH:mm).
		if o.hour == "2-digit" || (suffix == "" && o.minute != "" && !(o.lang != "" && o.minute == "2-digit")) {
			hs = twoDigits(h)
		}
		parts = append(parts, hs)
	}
	if o.minute != "" {
		// A minute alone is ICU's "m" even when 2-digit is asked
		// (node writes 4, not 04).
		if o.hour != "" || o.second != "" {
			parts = append(parts, twoDigits(t.Minute()))
		} else {
			parts = append(parts, strconv.Itoa(t.Minute()))
		}
	}
	if o.second != "" {
		if len(parts) > 0 {
			parts = append(parts, twoDigits(t.Second()))
		} else {
			parts = append(parts, strconv.Itoa(t.Second()))
		}
	}
	s := strings.Join(parts, ":")
	if o.hour != "" {
		s += suffix
	}
	return s
}

// usZones are the abbreviations ICU's en-US data writes for short zone
// names (elsewhere it writes GMT+h), and the long names it has for them
// and for a few other zones Go's data names unambiguously.
var usZones = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"EST": true, "EDT": true, "CST": true, "CDT": true, "MST": true, "MDT": true,
		"PST": true, "PDT": true, "AKST": true, "AKDT": true, "HST": true}
})

var zoneLongNames = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"EST": "Eastern Standard Time", "EDT": "Eastern Daylight Time", "CST": "Central Standard Time",
		"CDT": "Central Daylight Time", "MST": "Mountain Standard Time", "MDT": "Mountain Daylight Time",
		"PST": "Pacific Standard Time", "PDT": "Pacific Daylight Time", "AKST": "Alaska Standard Time",
		"AKDT": "Alaska Daylight Time", "HST": "Hawaii-Aleutian Standard Time", "BST": "British Summer Time",
		"GMT": "Greenwich Mean Time", "CET": "Central European Standard Time", "CEST": "Central European Summer Time",
		"EET": "Eastern European Standard Time", "EEST": "Eastern European Summer Time", "JST": "Japan Standard Time",
		"AEST": "Australian Eastern Standard Time", "AEDT": "Australian Eastern Daylight Time",
		"ACST": "Australian Central Standard Time", "ACDT": "Australian Central Daylight Time",
		"AWST": "Australian Western Standard Time", "NZST": "New Zealand Standard Time",
		"NZDT": "New Zealand Daylight Time", "WET": "Western European Standard Time",
		"WEST": "Western European Summer Time", "MSK": "Moscow Standard Time", "KST": "Korean Standard Time",
		"HKT": "Hong Kong Standard Time",
	}
})

// zoneName is ICU's en-US name of t's zone: UTC as itself, the US zones
// by their abbreviation, others as GMT±h (short) or their long name where
// evloop knows it, else GMT±hh:mm (long).
func zoneName(t time.Time, style string) string {
	name, offset := t.Zone()
	long := style == "long"
	if tz, set := os.LookupEnv("TZ"); set && tz == "" && t.Location() == time.Local {
		// TZ set empty: ICU knows no zone and writes the offset, GMT+00:00
		// (long) or GMT+0 (short), where Go says UTC.
		sign := "+"
		if offset < 0 {
			sign, offset = "-", -offset
		}
		if long {
			return "GMT" + sign + twoDigits(offset/3600) + ":" + twoDigits(offset%3600/60)
		}
		return "GMT" + sign + strconv.Itoa(offset/3600)
	}
	if t.Location() == time.UTC || name == "UTC" {
		if long {
			return "Coordinated Universal Time"
		}
		return "UTC"
	}
	if long {
		if n, ok := zoneLongNames()[name]; ok && !(name == "CST" && offset != -6*3600) {
			return n
		}
		if name == "IST" && offset == 5*3600+1800 {
			return "India Standard Time"
		}
	} else if usZones()[name] && !(name == "CST" && offset != -6*3600) {
		return name
	}
	if offset == 0 {
		return "GMT"
	}
	sign := "+"
	if offset < 0 {
		sign, offset = "-", -offset
	}
	if long {
		return "GMT" + sign + twoDigits(offset/3600) + ":" + twoDigits(offset%3600/60)
	}
	s := "GMT" + sign + strconv.Itoa(offset/3600)
	if m := offset % 3600 / 60; m != 0 {
		s += ":" + twoDigits(m)
	}
	return s
}

// receiverString is how V8 names a wrong receiver: #<Class> for an
// object, the value itself for a primitive.
func (r *Runtime) receiverString(v goja.Value) string {
	if o, ok := v.(*goja.Object); ok {
		name := "Object"
		if c, ok := o.Get("constructor").(*goja.Object); ok {
			if n := c.Get("name"); n != nil && goja.IsString(n) && n.String() != "" {
				name = n.String()
			}
		}
		return "#<" + name + ">"
	}
	if v == nil {
		return "undefined"
	}
	return v.String()
}

// installDateStrings gives Date.prototype.toString and toTimeString V8's
// zone names in parentheses, "(Coordinated Universal Time)", where goja
// writes the abbreviation, "(UTC)" — String(date) and `${date}` show it;
// adds toGMTString (toUTCString's other name, which node has); and makes
// toISOString write years outside 0..9999 with a sign and six digits, as
// the spec says (+010000-01-01T00:00:00.000Z).
func (r *Runtime) installDateStrings() error {
	vm := r.vm
	proto, getTime, ok := dateMethods(vm)
	if !ok {
		return nil
	}
	origISO, ok := goja.AssertFunction(proto.Get("toISOString"))
	if !ok {
		return nil
	}
	msOf := func(name string, this goja.Value) float64 {
		tv, err := getTime(this)
		if err != nil {
			panic(r.throwValue("TypeError", "this is not a Date object."))
		}
		return tv.ToFloat()
	}
	define := func(name string, fn func(goja.FunctionCall) goja.Value) error {
		f := vm.ToValue(fn).(*goja.Object)
		_ = f.DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = f.DefineDataProperty("length", vm.ToValue(0), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		return proto.DefineDataProperty(name, f, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	zoned := func(t time.Time) string {
		_, off := t.Zone()
		sign := "+"
		if off < 0 {
			sign, off = "-", -off
		}
		return "GMT" + sign + twoDigits(off/3600) + twoDigits(off%3600/60) + " (" + zoneName(t, "long") + ")"
	}
	clock := func(t time.Time) string {
		return twoDigits(t.Hour()) + ":" + twoDigits(t.Minute()) + ":" + twoDigits(t.Second())
	}
	if err := define("toString", func(call goja.FunctionCall) goja.Value {
		ms := msOf("toString", call.This)
		if math.IsNaN(ms) {
			return vm.ToValue("Invalid Date")
		}
		t := time.UnixMilli(int64(ms)).In(time.Local)
		return vm.ToValue(longDays[t.Weekday()][:3] + " " + longMonths[t.Month()-1][:3] + " " + twoDigits(t.Day()) + " " +
			yearString(t.Year()) + " " + clock(t) + " " + zoned(t))
	}); err != nil {
		return err
	}
	if err := define("toTimeString", func(call goja.FunctionCall) goja.Value {
		ms := msOf("toTimeString", call.This)
		if math.IsNaN(ms) {
			return vm.ToValue("Invalid Date")
		}
		t := time.UnixMilli(int64(ms)).In(time.Local)
		return vm.ToValue(clock(t) + " " + zoned(t))
	}); err != nil {
		return err
	}
	if v := proto.Get("toGMTString"); v == nil || goja.IsUndefined(v) {
		if err := proto.DefineDataProperty("toGMTString", proto.Get("toUTCString"), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			return err
		}
	}
	return define("toISOString", func(call goja.FunctionCall) goja.Value {
		ms := msOf("toISOString", call.This)
		if !math.IsNaN(ms) {
			t := time.UnixMilli(int64(ms)).UTC()
			if y := t.Year(); y < 0 || y > 9999 {
				sign := "+"
				if y < 0 {
					sign, y = "-", -y
				}
				ys := strconv.Itoa(y)
				for len(ys) < 6 {
					ys = "0" + ys
				}
				return vm.ToValue(sign + ys + t.Format("-01-02T15:04:05.000Z"))
			}
		}
		v, err := origISO(call.This)
		if err != nil {
			panic(err)
		}
		return v
	})
}

// yearString is a year as Date's toString writes it: at least four
// digits, a minus sign before negative ones (-0001).
func yearString(y int) string {
	if y < 0 {
		return "-" + yearString(-y)
	}
	s := strconv.Itoa(y)
	for len(s) < 4 {
		s = "0" + s
	}
	return s
}

// dateMethods is Date.prototype and its getTime, which the date installers
// read a receiver's time with (a TypeError for a non-Date); ok is false if
// a script or an embedder removed them.
func dateMethods(vm *goja.Runtime) (proto *goja.Object, getTime goja.Callable, ok bool) {
	if proto, ok = builtinPrototype(vm, "Date"); !ok {
		return nil, nil, false
	}
	getTime, ok = goja.AssertFunction(proto.Get("getTime"))
	return proto, getTime, ok
}
