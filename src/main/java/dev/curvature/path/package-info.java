/**
 * Reaction paths between two structures: the nudged elastic band with a climbing image
 * (Henkelman, Uberuaga & Jónsson, J. Chem. Phys. 113, 9901 (2000); improved tangent: Henkelman &
 * Jónsson, J. Chem. Phys. 113, 9978 (2000)), relaxed with FIRE (Bitzek et al., Phys. Rev. Lett.
 * 97, 170201 (2006)), from a linear or an image-dependent pair potential (IDPP; Smidstrup et al.,
 * J. Chem. Phys. 140, 214106 (2014)) interpolation. Works with any {@link dev.curvature.model.Potential}.
 */
package dev.curvature.path;
