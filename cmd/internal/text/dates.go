package text

import "regexp"

// DateExpr finds a date as English pages write it: "Tue., Nov. 19, 2019",
// "19th of November 2019", "Nov 2019", "2019-11-19", "11/19/2019",
// "19.11.2019". A month is its name or its abbreviation, never a longer
// word it opens ("Decision 2020", "Marching 2019" name no month).
var DateExpr = regexp.MustCompile(`(?i)\b((mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?((jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(st|nd|rd|th)?\s+(of\s+)?(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?,?\s+\d{4}|(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\.\d{1,2}\.\d{4})\b`)
