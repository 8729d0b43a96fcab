import { useEffect, useMemo } from 'react';
import { Button, Image, Space, Typography } from 'antd';
import { CameraOutlined, DeleteOutlined } from '@ant-design/icons';
import { useLanguage, useT } from '../../i18n/index.js';
import type { Photo } from './labels.js';

const messages = {
  'zh-CN': {
    take: '拍照 / 选择照片',
    hint: '支持 JPEG、PNG、WebP，单张不超过上传上限；拍摄时间取自照片 EXIF 或手机文件时间',
    remove: '移除',
    exif: '拍摄',
    client: '文件时间',
    received: '上传',
  },
  en: {
    take: 'Take / choose photos',
    hint: 'JPEG, PNG or WebP within the upload limit; the capture time comes from EXIF or the phone’s file time',
    remove: 'Remove',
    exif: 'Taken',
    client: 'File time',
    received: 'Uploaded',
  },
};

/**
 * The phone camera through a plain file input (capture="environment" opens the rear camera, no app needed),
 * with previews. The parent keeps the File list; sendPhotos() appends them with their lastModified times.
 */
export function PhotoInput({ files, onChange, testId }: { files: File[]; onChange(files: File[]): void; testId?: string }) {
  const t = useT(messages);
  const previews = useMemo(() => files.map((f) => URL.createObjectURL(f)), [files]);
  useEffect(() => () => previews.forEach((u) => URL.revokeObjectURL(u)), [previews]);
  const id = `photo-input-${testId ?? 'x'}`;
  return (
    <div>
      <label htmlFor={id} style={{ display: 'inline-block' }}>
        <Button icon={<CameraOutlined />} onClick={() => document.getElementById(id)?.click()} size="large">
          {t('take')}
        </Button>
      </label>
      <input
        id={id}
        data-testid={testId}
        type="file"
        accept="image/*"
        capture="environment"
        multiple
        style={{ display: 'none' }}
        onChange={(e) => {
          onChange([...files, ...Array.from(e.target.files ?? [])]);
          e.target.value = '';
        }}
      />
      <Typography.Paragraph type="secondary" style={{ margin: '6px 0' }}>
        {t('hint')}
      </Typography.Paragraph>
      {files.length > 0 && (
        <Space wrap>
          {files.map((f, i) => (
            <div key={previews[i]} style={{ position: 'relative' }}>
              <Image src={previews[i]} width={96} height={96} style={{ objectFit: 'cover', borderRadius: 6 }} />
              <Button
                size="small"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('remove')}
                style={{ position: 'absolute', top: 2, right: 2 }}
                onClick={() => onChange(files.filter((_, j) => j !== i))}
              />
            </div>
          ))}
        </Space>
      )}
    </div>
  );
}

/** The photo fields of a multipart body: the files, and each one's lastModified in the same order for the server to pair. */
export function photoFields(files: File[]) {
  return { lastModified: files.map((f) => String(f.lastModified)), photos: files };
}

/** Thumbnails of stored photos with their capture time. */
export function PhotoStrip({ photos }: { photos: Photo[] }) {
  const t = useT(messages);
  const { lang } = useLanguage();
  if (!photos.length) return null;
  return (
    <Image.PreviewGroup>
      <Space wrap>
        {photos.map((p) => (
          <div key={p.id} style={{ textAlign: 'center' }}>
            <Image src={p.url} width={88} height={88} style={{ objectFit: 'cover', borderRadius: 6 }} />
            <div style={{ fontSize: 11, color: '#888' }}>
              {t(p.capturedSource)}{' '}
              {new Date(p.capturedAt).toLocaleString(lang, { month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })}
            </div>
          </div>
        ))}
      </Space>
    </Image.PreviewGroup>
  );
}
