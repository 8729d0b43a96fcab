import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Space, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { call, client } from '../../api.js';
import { useT } from '../../i18n/index.js';
import { StateTag, categoryLabel, fmtTime, routeLabel, stageLabel, subClassLabel, useWasteLang, wasteWords } from './shared.js';

const messages = {
  'zh-CN': {
    title: '建筑垃圾运输电子联单',
    print: '打印',
    project: '项目',
    number: '联单号',
    plate: '车牌号',
    driver: '司机',
    category: '类别',
    stage: '阶段',
    route: '去向',
    facility: '消纳/资源化场所',
    gate: '出场吨数',
    time: '出场时间',
    weighbridge: '过磅吨数',
    received: '接收时间',
    state: '状态',
    sign: '场所签收（过磅员）',
    scan: '消纳/资源化场所：用手机相机扫描二维码，登录后确认接收并填写过磅吨数。',
  },
  en: {
    title: 'Construction waste transport manifest',
    print: 'Print',
    project: 'Project',
    number: 'Manifest no.',
    plate: 'Vehicle plate',
    driver: 'Driver',
    category: 'Category',
    stage: 'Stage',
    route: 'Route',
    facility: 'Facility',
    gate: 'Gate tonnes',
    time: 'Departure',
    weighbridge: 'Weighbridge tonnes',
    received: 'Received',
    state: 'State',
    sign: 'Received by (weighbridge operator)',
    scan: 'Facility: scan the QR code with a phone camera, sign in, and confirm receipt with the weighbridge tonnes.',
  },
};

/** A printable slip the driver carries; print CSS hides the app chrome. */
export function ManifestSlipPage() {
  const { id = '' } = useParams();
  const t = useT(messages);
  const w = useT(wasteWords);
  const lang = useWasteLang();
  const q = useQuery({
    queryKey: ['manifest', id],
    queryFn: () => call(client.GET('/api/waste/manifests/{id}', { params: { path: { id } } })),
  });
  if (q.error) return <Alert type="error" title={(q.error as Error).message} />;
  const m = q.data;
  if (!m) return null;
  return (
    <div className="waste-slip" style={{ maxWidth: 760, margin: '0 auto', background: '#fff', padding: 24 }}>
      <style>{`@media print { .ant-layout-sider, .ant-layout-header, .no-print { display: none !important; } .ant-layout-content { padding: 0 !important; } }`}</style>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
        <div>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {t('title')}
          </Typography.Title>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="slip-number">
            {m.number}
          </Typography.Title>
          <StateTag state={m.state} />
        </div>
        <div style={{ textAlign: 'center' }}>
          <div style={{ width: 180 }} dangerouslySetInnerHTML={{ __html: m.qrSvg }} data-testid="slip-qr" />
          <Typography.Text type="secondary" style={{ fontSize: 11, wordBreak: 'break-all' }}>
            {m.confirmUrl}
          </Typography.Text>
        </div>
      </Space>
      <Descriptions bordered size="small" column={2} style={{ marginTop: 16 }}>
        <Descriptions.Item label={t('project')} span={2}>
          {m.projectCode} {m.projectName}
        </Descriptions.Item>
        <Descriptions.Item label={t('plate')}>{m.vehiclePlate}</Descriptions.Item>
        <Descriptions.Item label={t('driver')}>
          {m.driverName} {m.driverPhone}
        </Descriptions.Item>
        <Descriptions.Item label={t('category')}>
          {categoryLabel(m.category, lang)} {subClassLabel(m.subClass, lang)}
        </Descriptions.Item>
        <Descriptions.Item label={t('stage')}>{stageLabel(m.stage, lang)}</Descriptions.Item>
        <Descriptions.Item label={t('route')}>{routeLabel(m.route, lang)}</Descriptions.Item>
        <Descriptions.Item label={t('facility')}>{m.facilityName}</Descriptions.Item>
        <Descriptions.Item label={t('gate')}>
          {m.gateTonnes} t（{w(m.gateWeighing)}）
        </Descriptions.Item>
        <Descriptions.Item label={t('time')}>{fmtTime(m.dispatchedAt ?? m.createdAt, lang)}</Descriptions.Item>
        <Descriptions.Item label={t('weighbridge')}>{m.weighbridgeTonnes === null ? '' : `${m.weighbridgeTonnes} t`}</Descriptions.Item>
        <Descriptions.Item label={t('received')}>{m.state === 'received' ? fmtTime(m.closedAt, lang) : ''}</Descriptions.Item>
        <Descriptions.Item label={t('sign')} span={2}>
          <div style={{ height: 40 }} />
        </Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t('scan')}
      </Typography.Paragraph>
      <Button className="no-print" type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
        {t('print')}
      </Button>
    </div>
  );
}
