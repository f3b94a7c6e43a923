-module(main).
-export([main/0]).

main() ->
    %% Read the input with io:fread, e.g. {ok, [A, B]} = io:fread("", "~d ~d"),
    %% or the next line with io:get_line("").
    %% Write the answer with io:format("~b~n", [Answer]).
    ok.
