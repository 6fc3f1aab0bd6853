"""The search index: ``customer_fts``, an FTS5 trigram table, one row per client
(rowid = client id). It is derived from the dossiers and rebuilt from them at
will (``app.services.search_index``), so it has no timestamps and no foreign key.

Its text holds one line per searchable value (names, pinyin, company, phone
digits, e-mail, notes): queries of three characters or more match any
substring. Trigrams cannot answer one or two characters, yet 张伟 and zw are
exactly what people type; so the last line holds the client's short keys
(names, their suffixes, pinyin, initials: their first one or two characters),
each padded with ``KEY_MARK`` to exactly three characters — ``␁␁张``,
``␁zw`` — which is a trigram of its own. A short query looks up its padded
form, one trigram, and can only meet a key: the stored values never hold
``KEY_MARK`` (a control character; it becomes a space there).
(Until revision 0008 the keys had a B-tree table of their own, ``search_key``;
it held 14 rows a client and cost an import of 100,000 clients seconds.)
"""

FTS_TABLE = "customer_fts"
FTS_DDL = f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(body, tokenize='trigram')"
KEY_MARK = "\x01"  # pads short keys; ``search_entries.with_keys`` keeps it out of values
KEY_WIDTH = 3  # a padded key is one trigram


def padded_key(key: str) -> str:
    """A short key (one or two characters) as it is stored and looked up."""
    return KEY_MARK * (KEY_WIDTH - len(key)) + key
