# Compiled (setup.py), pledges' records are extension types: a local declared of their type reads a field in C,
# not through a descriptor (pure Python, pledges.py's classes with slots, the same fields).
cdef class _Q:
    cdef public object value, value_high
    cdef public str unit
    cdef public Py_ssize_t start, end
    cdef public bint more

cdef class _Verb:
    cdef public str word
    cdef public Py_ssize_t start, end
    cdef public object kind

cdef class _Hit:
    cdef public str obj
    cdef public Py_ssize_t obj_s, obj_e
    cdef public _Verb verb
    cdef public _Q q
    cdef public str qual
    cdef public Py_ssize_t qs, qe
