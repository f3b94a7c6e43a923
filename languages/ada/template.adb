with Ada.Text_IO; use Ada.Text_IO;

procedure Main is
begin
   --  Read the input from standard input: Get_Line gives the next line, and
   --  Ada.Long_Long_Integer_Text_IO.Get the next number.
   --  Write the answer with Put_Line.
   null;
end Main;
