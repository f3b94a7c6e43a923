:- use_module(library(readutil)).

main :-
    read_line_to_string(user_input, Line),
    format("~w~n", [Line]).
