"""Hand-built events for the export tests, with values checked by hand in the tests."""
from __future__ import annotations

from datetime import date

from sitroom.models import ActorRef, Event, Evidence, Fatalities, Location, SourceRef

GOV = ActorRef("Military Forces of Syria (2000-2024)", "pro-Assad forces", 1, "government")
REBELS = ActorRef("Opposition Rebels (Syria)", "rebels", 2, "opposition")
ISIS = ActorRef("Islamic State (Syria)", "ISIS", 2, "jihadist")
CIVILIANS = ActorRef("Civilians (Syria)", "civilians", 7, None)
RUSSIA = ActorRef("Military Forces of Russia (2000-)", "Russian warplanes", 8, "foreign-pro-government")
HEZBOLLAH = ActorRef("Hezbollah", "Hezbollah", 8, "foreign-pro-government")
IRAN = ActorRef("Military Forces of Iran (1989-)", "Iranian", 8, "foreign-pro-government")

SHEIKH_SAEED = Location("Sheikh Saeed", 36.17833, 37.16722, 1, "Syria", iso=760, admin1="Aleppo",
                        admin2="Jebel Saman", gazetteer_id="sitroom:aleppo-sheikh-saeed")
AL_BAB = Location("al-Bab", 36.37051, 37.5157, 1, "Syria", iso=760, admin1="Aleppo", admin2="Al Bab",
                  gazetteer_id="gn:170017")
IDLIB = Location("Idlib", 35.93062, 36.63393, 2, "Syria", iso=None, admin1="Idlib", admin2="Idlib")

CLASH = Event(
    id="3fa2b1c0d4e5f601",
    event_date=date(2016, 12, 9),
    time_precision=1,
    disorder_type="Political violence",
    event_type="Battles",
    sub_event_type="Armed clash",
    actor1=REBELS,
    actor2=GOV,
    assoc_actor_2=[HEZBOLLAH, IRAN],
    location=SHEIKH_SAEED,
    fatalities=Fatalities(low=25, best=25, high=30),
    counts={"captured": 8},
    status="corroborated",
    sources=[
        SourceRef("Eldorar", "news outlet", "pro-opposition", "according to the Eldorar site"),
        SourceRef("Syrian Observatory for Human Rights", "monitor", "pro-opposition", "the monitor said"),
    ],
    claim_ids=["c-1", "c-2"],
    evidence=[Evidence("syria-daily", "UPDATE 1850 GMT", 1234, 1290, "Rebels said they killed 25 militiamen in Sheikh Saeed.")],
    notes="On 9 December 2016, rebels clashed with regime forces and allied militias in Sheikh Saeed; 25-30 killed.",
    confidence=0.87,
    flags=["uncorroborated:8 captured"],
)
REBEL_FIGHT = Event(
    id="a0b1c2d3e4f50617",
    event_date=date(2016, 12, 9),
    time_precision=1,
    disorder_type="Political violence",
    event_type="Battles",
    sub_event_type="Armed clash",
    actor1=REBELS,
    actor2=ISIS,
    location=AL_BAB,
    status="claimed",
    sources=[SourceRef("Anadolu", "news agency", "pro-government", "Anadolu reported")],
    claim_ids=["c-3"],
)
BARREL = Event(
    id="0badc0de11223344",
    event_date=date(2016, 12, 8),
    time_precision=2,
    disorder_type="Political violence",
    event_type="Explosions/Remote violence",
    sub_event_type="Air/drone strike",
    actor1=GOV,
    actor2=CIVILIANS,
    interaction=17,
    civilian_targeting="Civilian targeting",
    location=IDLIB,
    fatalities=Fatalities(low=10, best=12, high=None),
    status="reported",
    sources=[SourceRef("UN OCHA", "un", "independent")],
    claim_ids=["c-4"],
)
CEASEFIRE = Event(
    id="ffee0011ccdd2233",
    event_date=date(2016, 12, 9),
    time_precision=1,
    disorder_type="Strategic developments",
    event_type="Strategic developments",
    sub_event_type="Agreement",
    actor1=RUSSIA,
    status="denied",
    claim_ids=["c-5", "c-6", "c-7"],
)
ALL = [CLASH, REBEL_FIGHT, BARREL, CEASEFIRE]
