// IFC class bookkeeping for take-off: counts "by class" include subtypes, as a regulator asks for "walls",
// not "IfcWallStandardCase". In IFC2X3/IFC4/IFC4X3 the common building-element subtypes are the
// *StandardCase / *ElementedCase specialisations (IfcWallStandardCase ⊂ IfcWall, IfcSlabElementedCase ⊂ IfcSlab …).

const SUBTYPE_SUFFIX = /(StandardCase|ElementedCase)$/;

/** Normalises an upper-case web-ifc type name (IFCWALLSTANDARDCASE) or a schema name to IfcPascalCase. */
export function ifcClassName(name: string, knownNames: ReadonlyMap<string, string> = PASCAL): string {
  if (/^Ifc[A-Z]/.test(name)) return name;
  return knownNames.get(name.toUpperCase()) ?? name;
}

/** The class an entity is counted under: IfcWallStandardCase → IfcWall. */
export function takeoffClass(entity: string): string {
  return entity.replace(SUBTYPE_SUFFIX, '');
}

/** Entities that are not physical parts of the building (voids, helpers) and so are kept out of the inventory. */
export const NON_PHYSICAL_ELEMENTS: ReadonlySet<string> = new Set([
  'IfcOpeningElement',
  'IfcOpeningStandardCase',
  'IfcVirtualElement',
  'IfcVoidingFeature',
]);

/**
 * Plate-like classes whose "area" in a take-off is one face (wall side, slab top). For these a mesh's
 * surface area halved approximates that face; for beams, columns and fittings no area is derived.
 */
export const PLATE_LIKE_CLASSES: ReadonlySet<string> = new Set([
  'IfcWall',
  'IfcSlab',
  'IfcRoof',
  'IfcPlate',
  'IfcCovering',
  'IfcCurtainWall',
  'IfcDoor',
  'IfcWindow',
]);

// Names of the classes a take-off report mentions, for pretty output of upper-case type names.
const PASCAL_NAMES = [
  'IfcWall',
  'IfcWallStandardCase',
  'IfcWallElementedCase',
  'IfcSlab',
  'IfcSlabStandardCase',
  'IfcSlabElementedCase',
  'IfcBeam',
  'IfcBeamStandardCase',
  'IfcColumn',
  'IfcColumnStandardCase',
  'IfcMember',
  'IfcMemberStandardCase',
  'IfcPlate',
  'IfcPlateStandardCase',
  'IfcDoor',
  'IfcDoorStandardCase',
  'IfcWindow',
  'IfcWindowStandardCase',
  'IfcRoof',
  'IfcStair',
  'IfcStairFlight',
  'IfcRamp',
  'IfcRampFlight',
  'IfcRailing',
  'IfcCovering',
  'IfcCurtainWall',
  'IfcFooting',
  'IfcPile',
  'IfcBuildingElementProxy',
  'IfcBuildingElementPart',
  'IfcElementAssembly',
  'IfcReinforcingBar',
  'IfcReinforcingMesh',
  'IfcTendon',
  'IfcMechanicalFastener',
  'IfcFastener',
  'IfcDiscreteAccessory',
  'IfcFurnishingElement',
  'IfcFurniture',
  'IfcFlowTerminal',
  'IfcFlowSegment',
  'IfcFlowFitting',
  'IfcFlowController',
  'IfcDistributionElement',
  'IfcOpeningElement',
  'IfcOpeningStandardCase',
  'IfcSpace',
  'IfcSite',
  'IfcBuilding',
  'IfcBuildingStorey',
  'IfcProject',
  'IfcVirtualElement',
  'IfcChimney',
  'IfcShadingDevice',
  'IfcTransportElement',
  'IfcSanitaryTerminal',
  'IfcGeographicElement',
  'IfcCivilElement',
  'IfcElementQuantity',
  'IfcPropertySet',
  'IfcWallType',
  'IfcBeamType',
  'IfcColumnType',
  'IfcSlabType',
  'IfcDistributionControlElement',
  'IfcDistributionFlowElement',
  'IfcFlowMovingDevice',
  'IfcFlowStorageDevice',
  'IfcFlowTreatmentDevice',
  'IfcEnergyConversionDevice',
  'IfcBearing',
  'IfcCourse',
  'IfcDeepFoundation',
  'IfcEarthworksFill',
  'IfcKerb',
  'IfcPavement',
  'IfcRail',
  'IfcTrackElement',
  'IfcSign',
  'IfcSignal',
];
const PASCAL: ReadonlyMap<string, string> = new Map(PASCAL_NAMES.map((n) => [n.toUpperCase(), n]));
