"""OAuth protocol engine: flows, redirect catcher, token parsing. No Qt."""


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
