-- The three pilot regions named by 《绿色建造试点工作方案》 are reference data, present with or without the demo.
insert into regions (code, admin_code, name_zh, name_en) values
  ('hunan', '430000', '湖南省', 'Hunan Province'),
  ('shenzhen', '440300', '深圳市', 'Shenzhen'),
  ('changzhou', '320400', '常州市', 'Changzhou')
on conflict (code) do nothing;
