package dedup
import ("testing";"fmt")
func TestZZEv(t *testing.T){
 texts := []string{"Ostra's trade ministry has approved the sale of Vela Systems' K9 processors to Norland, ending a year-long review.", "Vela shares rose 4% in early trading.", "The government cleared Vela Systems to export its K9 processors to Norland on Tuesday, the Ostra trade ministry said.", "Analysts expect the first shipments in March.", "(Wire) — Vela Systems will be allowed to sell its K9 processors to Norland, Ostra's trade ministry said on Tuesday, under a licence capped at 40,000 units a year."}
 src := []int{0,0,1,1,2}
 res := Select(texts, Options{})
 fmt.Println(res.Keep, res.Reason)
 a := newAcross(&res, src)
 for i := range texts { fmt.Println(i, a.events[i], a.actor[i], a.facts[i], eventClause(texts[i])) }
 fmt.Println(a.sameEvent(0,2), a.sameEvent(0,4), a.sameEvent(2,4))
 for _, p := range a.pairs() { fmt.Println(p) }
 AcrossSources(&res, src)
 for i := range texts { fmt.Println(i, res.Keep[i], res.Reason[i], res.Text[i]) }
}
