"""Reading an article and proposing the records and claims it states.

``propose(source, snapshot)`` reads a stored source's text and returns ``Proposal``s:
a subject (a record that exists, or a new one with a provisional key), a field, a value
typed as a claim of that field stores it (``store.claim_values``), the verbatim quote and
its offsets in the source's text, a confidence (the fitted chance that the analyst keeps
it: ``calibration``), and the existing claims it contradicts
(``store.conflicts``). Nothing is written here: ``accept.plan`` turns the proposals an
analyst accepted into the records and claims the store writes in one step.

The reading is rules, lexicons and gazetteers, French and English, offline: places from
ISO 3166-2 (pycountry) and the gazetteer shipped beside this file, names matched to the
records that exist (rapidfuzz), figures, dates and statuses from the words the press uses.
pycountry and rapidfuzz are the ``bilat[extract]`` extra, imported on first use; this
package is never imported when the explorer starts.
"""

from __future__ import annotations

from .proposal import NewRecord, Proposal
from .propose import propose

__all__ = ["NewRecord", "Proposal", "propose"]
