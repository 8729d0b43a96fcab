import type { Aspect } from '../planning/labels.js';

export type PracticeAttachment = { id: string; fileName: string; mediaType: string; sizeBytes: number; sha256: string };
export type Practice = {
  id: string;
  regionCode: string;
  regionName: string;
  title: string;
  summary: string;
  body: string;
  tags: string[];
  aspect: Aspect | null;
  sourceProjectIds: string[];
  projects: Array<{ id: string; code: string; name: string }>;
  status: 'draft' | 'published';
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  isDemo: boolean;
  attachments: PracticeAttachment[];
};
export type PublicPractice = {
  id: string;
  regionCode: string;
  regionName: string;
  title: string;
  summary: string;
  body: string;
  tags: string[];
  aspect: Aspect | null;
  publishedAt: string;
  projects: Array<{ code: string; name: string }>;
  attachments: PracticeAttachment[];
};
