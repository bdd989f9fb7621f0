# Compiled (setup.py), facts' records are extension types: a local or an argument declared of their type reads a
# field in C, not through a descriptor (pure Python, facts.py's classes with slots, the same fields).
# Positions are objects, not C integers (see pledges.pxd).
cdef class Mention:
    cdef public object start, end
    cdef public str alias
    cdef public tuple ids
    cdef public object partial
    cdef public bint topic
    cdef public object each

cdef class Value:
    cdef public str measure
    cdef public object value, value_high
    cdef public object unit
    cdef public str qualifier
    cdef public object start, end
    cdef public object verb, scope, period_hint, role_hint, year_hint
