'single'
"double"
'''triple single'''
"""triple double"""
'multi' "part" '''concat'''
r'raw \n \t'
R"RAW"
b'bytes'
B"BYTES"
rb'raw bytes \x00'
bR'mixed'
Rb"case"
BR'upper'
b'a' b'b' rb'\c'
'\n\t\r\\\'\"\a\b\f\v\0'
'\x41\x42\u00e9\U0001F600\101\7\777'
'\N{BULLET} \N{LATIN SMALL LETTER E WITH ACUTE} \N{EM DASH}'
'\d \w invalid escapes stay'
'line \
continuation'
"""multi
line
string"""
'unicode: é ü 中文 🙂'
b'\x00\xff\n\\'
f'plain'
f'{x}'
f'{x!r}'
f'{x!s}'
f'{x!a}'
f'{x:>10}'
f'{x:{width}.{precision}}'
f'{x!r:^{w}}'
f'{{literal}}'
f'a{{b}}c{d}e'
f'{x=}'
f'{x = }'
f'{x=!s}'
f'{x=:>10}'
f'{x + y = }'
f'{a["b"]}'
f"{a['b']}"
f'{f"{x}"}'
f"{'nested' + f'{y}'}"
f'{"same quotes"}'
f'''{
    x
}'''
f'{x}' 'plain' f'{y}'
'a' f'b' 'c'
f''
rf'{x}\n'
fr'\{x}'
F'{x}'
f'{x:}'
f'{x!r:}'
f'{(lambda: 1)()}'
f'{x, y}'
f'{*x,}'
f'{yield}'
f'{3.14:.2f}'
f'{x:{y}}'
f'{x:a{y}b{z}c}'
f'\N{BULLET} {x}'
f'{x}\n{y}'
f'{"\n".join(a)}'
f'result: {value:{width}.{precision}f}'
f"{x:{'>'}10}"
