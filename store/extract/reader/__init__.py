"""The reading of one article, in layers by concern.

``propose._Reader`` reads an article; its steps share the article's state (its records so
far, the one spoken of last, the facts waiting for a record), kept in ``base.ReaderState``.
Each concern adds its steps to that state in a class of its own, each built on the one
before, so a step only calls steps of its own layer or of those below it:

- ``base``: the state, records made or found by name, a proposal added;
- ``records``: a plant or an agreement named, its links, parties and signatories;
- ``places``: where a plant stands;
- ``orgs``: organisations and people, their countries, heads and titles;
- ``facts``: statuses, dates and figures, and the record each is about;
- ``sectors``: the trades a plant or an agreement is in;
- ``countries``: the pair of countries an article is about;
- ``merging``: after the sentences, records said twice made one, and their names;
- ``sentences``: one sentence read, calling on all of the above.

Each layer's module opens with the word patterns and the judgements on words alone that
only it uses; ``rules`` holds those several layers share (``Entity``, a record being read,
among them)."""
