"""Where tokens live: the OS keyring only, behind deadlines, with a versioned schema."""


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
