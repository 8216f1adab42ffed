//go:build !evloopweb

package js

import (
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"
)

// Besides en-US, evloop's formatters know two locales' everyday forms,
// from ICU's data as node 20 prints them: en-GB (day first, 24-hour
// clock) and German (de, de-DE, de-AT, ...: "5.1.2024", "1.234,5").
// Other locales are en-US (site/docs/limits.md).

// localeLang is the locale evloop formats for locales (a tag or a list,
// the first counts): "en-GB", "de", or "" for en-US.
func localeLang(locales goja.Value) string {
	var tag string
	switch {
	case locales == nil || goja.IsUndefined(locales) || goja.IsNull(locales):
		return ""
	case goja.IsString(locales):
		tag = locales.String()
	default:
		o, ok := locales.(*goja.Object)
		if !ok || o.ClassName() != "Array" {
			return ""
		}
		first := o.Get("0")
		if first == nil || !goja.IsString(first) {
			return ""
		}
		tag = first.String()
	}
	lower := strings.ToLower(tag)
	switch {
	case lower == "de" || strings.HasPrefix(lower, "de-"):
		return "de"
	case lower == "en-gb" || strings.HasPrefix(lower, "en-gb-"):
		return "en-GB"
	}
	return ""
}

var (
	deDays        = []string{"Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"}
	deShortDays   = []string{"So.", "Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa."}
	deMonths      = []string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"}
	deShortMonths = []string{"Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."}
)

// datePartLocale is datePart for en-GB and de.
func (o dateFormat) datePartLocale(t time.Time) string {
	de := o.lang == "de"
	year := strconv.Itoa(t.Year())
	if o.year == "2-digit" {
		year = twoDigits(t.Year() % 100)
	}
	day := strconv.Itoa(t.Day())
	month := strconv.Itoa(int(t.Month()))
	numeric := o.month == "numeric" || o.month == "2-digit"
	if o.day == "2-digit" || (!de && numeric && o.day != "") {
		day = twoDigits(t.Day())
	}
	if o.month == "2-digit" || (!de && numeric) {
		month = twoDigits(int(t.Month()))
	}
	weekday := ""
	switch o.weekday {
	case "long":
		weekday = longDays[t.Weekday()]
		if de {
			weekday = deDays[t.Weekday()]
		}
	case "short":
		weekday = longDays[t.Weekday()][:3]
		if de {
			weekday = deShortDays[t.Weekday()]
		}
	case "narrow":
		weekday = longDays[t.Weekday()][:1]
		if de {
			weekday = deDays[t.Weekday()][:1]
		}
	}
	var s string
	switch {
	case numeric:
		sep := "/"
		if de {
			sep = "."
		}
		switch {
		case o.day != "" && o.year != "":
			s = day + sep + month + sep + year
		case o.day != "":
			s = day + sep + month
			if de {
				s += "."
			}
		case o.year != "":
			s = month + sep + year
		default:
			s = month
		}
	case o.month != "":
		name := longMonths[t.Month()-1]
		switch {
		case de && o.month == "short":
			name = deShortMonths[t.Month()-1]
		case de:
			name = deMonths[t.Month()-1]
		case o.month == "short" && t.Month() == time.September:
			name = "Sept"
		case o.month == "short":
			name = name[:3]
		}
		if o.month == "narrow" {
			name = name[:1]
		}
		if de {
			day += "."
		}
		switch {
		case o.day != "" && o.year != "":
			s = day + " " + name + " " + year
		case o.day != "":
			s = day + " " + name
		case o.year != "":
			s = name + " " + year
		default:
			s = name
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
	case !de && o.year == "" && !numeric:
		return weekday + " " + s // en-GB: "Fri 5 Jan", but "Friday, 5 January 2024"
	}
	return weekday + ", " + s
}

// localizeNumber turns en-US's formatted number s (its sign, digits and
// the style's sign already placed by finish) into lang's.
func (o numberFormat) localizeNumber(s string) string {
	if o.lang != "de" {
		return s
	}
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	if o.symbol != "" {
		s = strings.TrimPrefix(s, o.symbol)
	}
	s = strings.TrimSuffix(s, "%")
	s = strings.NewReplacer(",", ".", ".", ",").Replace(s)
	switch o.style {
	case "currency":
		s += "\u00a0" + strings.TrimSuffix(o.symbol, "\u00a0")
	case "percent":
		s += "\u00a0%"
	}
	if neg {
		s = "-" + s
	}
	return s
}
