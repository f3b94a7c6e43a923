with Ada.Text_IO;         use Ada.Text_IO;
with Ada.Long_Long_Integer_Text_IO; use Ada.Long_Long_Integer_Text_IO;
with Ada.Strings.Fixed;   use Ada.Strings.Fixed;
with Ada.Strings;

procedure Main is
   A, B : Long_Long_Integer;
begin
   Get (A);
   Get (B);
   Skip_Line;
   declare
      Name : constant String := Trim (Get_Line, Ada.Strings.Both);
      function Image (X : Long_Long_Integer) return String is
        (Trim (Long_Long_Integer'Image (X), Ada.Strings.Left));
   begin
      Put_Line ("Hello, " & Name & "! " & Image (A) & " + " & Image (B) & " = " & Image (A + B));
   end;
end Main;
