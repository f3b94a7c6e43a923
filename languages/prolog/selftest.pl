% Reads "A B" and a name, prints the greeting the self-test expects.
:- use_module(library(readutil)).

main :-
    read_line_to_string(user_input, Numbers),
    split_string(Numbers, " ", " ", [TextA, TextB]),
    number_string(A, TextA),
    number_string(B, TextB),
    read_line_to_string(user_input, Name),
    Sum is A + B,
    format("Hello, ~w! ~w + ~w = ~w~n", [Name, A, B, Sum]).
