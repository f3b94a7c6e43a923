-module(main).
-export([main/0]).

main() ->
    {ok, [A, B]} = io:fread("", "~d ~d"),
    {ok, [Name]} = io:fread("", "~s"),
    io:format("Hello, ~s! ~b + ~b = ~b~n", [Name, A, B, A + B]).
