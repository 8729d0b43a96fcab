import type { ItemOf } from '../../api/types.js';

export type PracticeAttachment = Practice['attachments'][number];
export type Practice = ItemOf<'/api/practices'>;
export type PublicPractice = ItemOf<'/api/public/practices'>;
