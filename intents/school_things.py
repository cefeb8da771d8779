"""Things of the school day a chat line names: what a child or a member of staff mislays, and the building's kit and
supplies. Shared by the readings of everyday lines (intents/everyday_lines.py) and of short concerns
(intents/short_reports.py), which must agree that a thing gone missing is no child gone missing."""

from __future__ import annotations

from intents.alternation import compiled

# What a child or a member of staff mislays, forgets or breaks
BELONGINGS = (
    r"(?:coat|coats|jumper|jumpers|cardigan|hoodie|jacket|hat|hats|gloves|scarf|shoes?|trainers|wellies|boots|"
    r"pe kit|kit|bag|book bag|bookbag|reading books?|books?|homework|planner|lunchbox|lunch box|packed lunch|"
    r"water bottle|bottle|glasses|tooth|teeth|toy|toy car|teddy|pencil case|calculator|charger|keys?|lanyard|"
    r"badge|tie|uniform|reading record|dinner money|letters?|forms?|slips?|inhaler|hearing aid|retainer|watch|"
    r"earrings?|brace|swimming kit|towel|goggles|coursework|projects?|bibs|balls?|cones|equipment)"
)
# The building, its kit and its supplies
FACILITIES = (
    r"(?:printer|printers|photocopier|copier|boiler|heating|radiators?|wifi|internet|network|server|smartboard|"
    r"whiteboard|projector|projector bulb|bulb|laptops?|laptop trolley|ipads?|tablets?|computers?|pcs?|sims|arbor|"
    r"phone system|phones|landline|toilets?|loos?|sinks?|taps?|roof|ceiling|leak|fire alarm|alarm|fridge|kettle|"
    r"microwave|dishwasher|oven|lift|lights?|clocks?|car park|gazebo|minibus|tyre|glue sticks?|paper|paper towels|"
    r"toilet roll|milk|bread|tea towels|stationery|pens|pencils|toner|ink|laminator|displays?|long jump pit|sandpit|"
    r"blinds|carpet|floor|bins?|cleaners|gas smell|power cut|electrics|screen|zig zags|parking|drain|pipes?|"
    r"tables|chairs|benches|jugs|water jugs|cups|cutlery|trays|scissors)"
)
# A thing gone missing ("laptop trolley missing from y5", "the keys have gone missing"), no child
THING_MISSING = compiled(rf"\b(?:{BELONGINGS}|{FACILITIES})(?: \w+)? "
                         r"(?:(?:is|are|has|have|gone|went|been|go|still) )*missing\b")
