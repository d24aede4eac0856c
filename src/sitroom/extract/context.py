"""What carries from sentence to sentence inside an entry (and a side story's bracketed updates)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..models import ActorRef, Claim, Place, PlaceMention, SourceRef


@dataclass
class EntryContext:
    """State shared by the sentences of one entry group.

    `topic` is the first place an event in the group happened at: a later sentence that names no place
    ("Another 15 troops were killed", "according to the statement") happened there too, at least
    approximately. `actors` are the armed actors seen so far, `ahead` those named later in the group,
    so that "hundreds of men have disappeared" can borrow "pro-Assad forces" from the next sentence.
    """

    ref_date: date
    country: str | None
    focus: list[str]
    places: list[Place] = field(default_factory=list)
    topic: PlaceMention | None = None
    heading_topic: bool = False  # the topic came from the entry's heading, not from an event
    label_unplaced: bool = False  # this line's label names a place the gazetteer does not know
    label_topic: bool = False  # the topic came from a line label ("Town (district), 3 May:"): it ends with the paragraph
    actors: list[ActorRef] = field(default_factory=list)
    ahead: list[ActorRef] = field(default_factory=list)
    report_actors: list[ActorRef] = field(default_factory=list)  # armed actors of the whole report, most named first
    report_counts: dict[str, int] = field(default_factory=dict)  # how often the report names each of them
    blamed: set[str] = field(default_factory=set)  # armed actors the report blames or accuses ("blamed the LNA")
    targeted: set[str] = field(default_factory=set)  # armed actors named as owners of what was hit ("Houthi targets")
    history_only: set[str] = field(default_factory=set)  # armed actors only a "Background:" paragraph's history names
    claimers: set[str] = field(default_factory=set)  # armed groups that say they did it ("X claimed responsibility")
    date: date | None = None
    date_precision: int = 1
    after_background: bool = False
    background_para: bool = False  # the paragraph opens with a "Background:" label: all of it is history
    source: SourceRef | None = None
    # the last speaker's own words told no event ("The minister announced that the charge had been dropped"): a
    # later sentence with no attribution is not on his word (a pronoun, "he said", still points back to him)
    source_idle: bool = False
    after_total: bool = False  # the last sentence gave a running total ("... since the protests began")
    speakers: list[SourceRef] = field(default_factory=list)  # every source named so far, to resolve "Kyrylenko added"
    claims: list[Claim] = field(default_factory=list)
    earlier: list[Claim] = field(default_factory=list)  # a live blog's claims from entries written before this one
    day_before: list[Claim] = field(default_factory=list)  # under a day heading: the claims of the sections before
    # the place and day the current paragraph's events were told at, for its later sentences that name none
    # ("In Dakar, youths burned tyres on Thursday. Students also set fire to buses."); reset at each paragraph
    para_place: PlaceMention | None = None
    # the last town an earlier sentence of the paragraph put something in ("Police searched offices in
    # Tbilisi. X was carried out and arrested."), for a later sentence that names no place
    para_named: PlaceMention | None = None
    para_date: tuple[date, int] | None = None
    # the site a numbered or labelled item of an incident list opens with when the gazetteer does not know it
    # ("2. Puerto Rellena, 3 May:"): the item's events happened there, apart from the other items' sites
    para_site: str | None = None
    # the town of the report's dateline ("CONAKRY, Sept 6 (Reuters) -"): where an event no sentence,
    # paragraph or entry places at all is taken to have happened
    dateline: PlaceMention | None = None
    landmarks: dict = field(default_factory=dict)  # "Bosphorus Bridge" -> Landmark(Istanbul), from the report (claims.Landmark)
    dateline_claims: set[str] = field(default_factory=set)  # claims placed only by the dateline: not carried on
    not_political: bool = False  # the entry has told a disaster, an accident or a crime: its tolls are not events

    def remember_actor(self, actor: ActorRef) -> None:
        if actor.inter == 7 or actor.inter is None:
            return
        self.actors = [a for a in self.actors if a.name != actor.name] + [actor]

    def remember_place(self, mention: PlaceMention) -> None:
        if mention.place is not None and mention.place not in self.places:
            self.places.append(mention.place)

    def armed_actors(self) -> list[ActorRef]:
        """Armed actors, most recent first, then those named later in the group."""
        seen: set[str] = set()
        out: list[ActorRef] = []
        for actor in list(reversed(self.actors)) + self.ahead:
            if actor.inter in (7, None) or actor.name in seen:
                continue
            seen.add(actor.name)
            out.append(actor)
        return out
