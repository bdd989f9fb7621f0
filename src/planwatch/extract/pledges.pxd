# Compiled (setup.py), pledges' records are extension types: a local declared of their type reads a field in C,
# not through a descriptor (pure Python, pledges.py's classes with slots, the same fields). Positions are objects,
# not C integers: read through a descriptor (a comprehension's variable, another module) a C integer is boxed into a
# new int each time (Py_ssize_t fields measured 0.7 M instructions a report more than objects).
cdef class _Q:
    cdef public object value, value_high
    cdef public str unit
    cdef public object start, end
    cdef public bint more

cdef class _Verb:
    cdef public str word
    cdef public object start, end
    cdef public object kind

cdef class _Hit:
    cdef public str obj
    cdef public object obj_s, obj_e
    cdef public _Verb verb
    cdef public _Q q
    cdef public str qual
    cdef public object qs, qe
