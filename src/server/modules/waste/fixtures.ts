// For tests that issue 电子联单: a manifest as the site gate writes it, adjustable per test.
export const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000).toISOString();

export const gate = (facilityId: string, over: Record<string, unknown> = {}) => ({
  facilityId,
  category: 'constructionWaste',
  subClass: 'metal',
  stage: 'superstructure',
  vehiclePlate: '湘A12345',
  driverName: '王师傅',
  gateWeighing: 'weighed',
  gateTonnes: 20,
  at: hoursAgo(3),
  ...over,
});
