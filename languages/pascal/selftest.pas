program SelfTest;

uses SysUtils;

var
  a, b: Int64;
  name: String;

begin
  ReadLn(a, b);
  ReadLn(name);
  WriteLn('Hello, ', Trim(name), '! ', a, ' + ', b, ' = ', a + b);
end.
