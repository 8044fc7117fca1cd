#!/usr/bin/env python3
"""Keep only the statements of a generated migration that touch the given tables.

Usage: scripts/trim-migration.py FILE table [table ...]
While several modules are built at once, `migration:generate` sees every entity; this keeps one
module's migration to its own tables. Review the result before committing it.
"""
import re
import sys

path, tables = sys.argv[1], set(sys.argv[2:])
source = open(path).read()
block = re.compile(r"        await queryRunner\.query\(`(.*?)`\);\n", re.S)

def mine(sql: str) -> bool:
    named = set(re.findall(r'(?:TABLE|ON|INTO|REFERENCES)\s+"(?:public"\.")?([a-z_]+)"', sql))
    return bool(named) and named <= tables

def keep(match: re.Match) -> str:
    return match.group(0) if mine(match.group(1)) else ''

open(path, 'w').write(block.sub(keep, source))
