#!/usr/bin/python3
"""Writes the element tables GFN2-xTB needs but xtb's param_gfn2-xtb.txt does not carry.

Reads numbers (data only) out of the Fortran sources of xtb 6.x (LGPL-3.0) and tblite
(LGPL-3.0): STO-nG expansion coefficients of Stewart, J. Chem. Phys. 52, 431 (1970) as tabulated
in tblite src/tblite/basis/slater.f90; D3 covalent radii (Pyykko & Atsumi 2009, metals -10 %),
atomic radii, Pauling electronegativities, GFN2 reference occupations, multipole radii and valence
CNs from xtb src/param/*.f90, src/xtb/gfn2.f90, src/xtb/data.f90.

usage: extract_element_data.py XTB_SOURCE_DIR TBLITE_SOURCE_DIR OUTPUT_DIR
"""
import os
import re
import sys


def array(path, name):
    text = open(path).read()
    start = text.index(name)
    body = text[text.index('[', start) + 1:text.index(']', text.index('[', start))]
    body = re.sub(r'!.*', '', body)
    return [float(x) for x in re.findall(r'[-+]?\d+\.\d*(?:[eE][-+]?\d+)?', body)]


def main(xtb, tblite, out):
    p = lambda *a: os.path.join(xtb, 'src', *a)
    rcov = array(p('param', 'covalentradd3.f90'), 'covalentRadD3(1:118) =')
    arad = array(p('param', 'atomicrad.f90'), 'atomicRad(1:118) =')
    en = array(p('param', 'paulingen.f90'), 'paulingEN(1:118) =')
    occ = array(p('xtb', 'gfn2.f90'), 'referenceOcc(0:2, 1:maxElem)')
    mprad = array(p('xtb', 'data.f90'), 'multiRad(1:118) =')
    vcn = array(p('xtb', 'data.f90'), 'valenceCN(1:118) =')
    with open(os.path.join(out, 'gfn2-element-data.txt'), 'w') as f:
        f.write('# GFN2-xTB element data not in param_gfn2-xtb.txt; extracted from xtb 6.x sources\n')
        f.write('# (LGPL-3.0) by tools/xtb/extract_element_data.py. Radii in Angstrom (xtb converts\n')
        f.write('# with 1 bohr = 0.52917726 A); covalent radius = Pyykko-Atsumi 2009 (D3 set, before\n')
        f.write('# the 4/3 scaling); multipole radius in bohr.\n')
        f.write('# Z rcovD3_A atomicRad_A paulingEN occ_s occ_p occ_d mpRad_bohr valenceCN\n')
        for z in range(1, 87):
            o = occ[3 * (z - 1):3 * z]
            f.write('%d %.2f %.2f %.2f %.1f %.1f %.1f %.1f %.1f\n' % (
                z, rcov[z - 1], arad[z - 1], en[z - 1], o[0], o[1], o[2], mprad[z - 1], vcn[z - 1]))
    s = os.path.join(tblite, 'src', 'tblite', 'basis', 'slater.f90')
    types = ['1s', '2s', '3s', '4s', '5s', '2p', '3p', '4p', '5p', '3d', '4d', '5d', '4f', '5f', '5g']
    with open(os.path.join(out, 'sto-ng.txt'), 'w') as f:
        f.write('# STO-nG least-squares expansions of Slater functions with unit exponent:\n')
        f.write('# R. F. Stewart, J. Chem. Phys. 52, 431 (1970), as tabulated in tblite\n')
        f.write('# (src/tblite/basis/slater.f90, LGPL-3.0); extracted by tools/xtb/extract_element_data.py\n')
        f.write('# ng nl alpha_1 .. alpha_ng coeff_1 .. coeff_ng\n')
        for ng in range(1, 7):
            alpha = array(s, 'pAlpha%d(' % ng)
            coeff = [1.0] * 15 if ng == 1 else array(s, 'pCoeff%d(' % ng)
            for t, name in enumerate(types):
                a = alpha[ng * t:ng * (t + 1)]
                c = coeff[ng * t:ng * (t + 1)]
                f.write('%d %s %s %s\n' % (ng, name, ' '.join(repr(x) for x in a), ' '.join(repr(x) for x in c)))
        for name, tag in (('6s', 's'), ('6p', 'p')):
            a = array(s, 'pAlpha6%s(6)' % tag)
            c = array(s, 'pCoeff6%s(6)' % tag)
            f.write('6 %s %s %s\n' % (name, ' '.join(repr(x) for x in a), ' '.join(repr(x) for x in c)))


if __name__ == '__main__':
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
