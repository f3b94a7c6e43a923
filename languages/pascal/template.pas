program Main;

begin
  { Read the input with Read or ReadLn, e.g. ReadLn(a, b); }
  { Write the answer with WriteLn. }
end.
