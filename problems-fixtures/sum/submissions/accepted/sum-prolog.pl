% Prolog, as Kattis runs it: SWI-Prolog calls main/0. A .pl file is Prolog rather than Perl
% because it reads as Prolog (directives, clauses with :-).
:- use_module(library(readutil)).

main :-
    read_line_to_string(user_input, Line),
    split_string(Line, " \t", " \t\r", Parts),
    exclude(==(""), Parts, [TextA, TextB]),
    number_string(A, TextA),
    number_string(B, TextB),
    Sum is A + B,
    format("~d~n", [Sum]).
