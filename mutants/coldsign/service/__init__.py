"""The signing service: the whole payload lifecycle, typed, with no printing (DESIGN.md §3)."""


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
