import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Input,
  InputNumber,
  List,
  Result,
  Segmented,
  Space,
  Typography,
} from 'antd';
import { CameraOutlined, CheckOutlined, SearchOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { ApiError, call, client } from '../../api.js';
import { useT } from '../../i18n/index.js';
import { AlertTags, StateTag, categoryLabel, fmtTime, stageLabel, subClassLabel, useWasteLang, wasteWords } from './shared.js';
import { validFields } from '../../components/forms.js';

const messages = {
  'zh-CN': {
    title: '联单接收',
    scan: '拍照扫码',
    scanHelp:
      '推荐直接用手机相机扫描联单上的二维码，会自动打开本平台的确认页面。也可以在这里拍照识别（需浏览器支持二维码识别），或输入联单号。',
    noDetector: '此浏览器不能从照片识别二维码：请用手机相机直接扫描联单二维码，或输入联单号。',
    notFound: '照片中没有识别到本平台的联单二维码',
    number: '联单号',
    find: '查找',
    inbox: '运输中（待接收）',
    done: '已处理',
    empty: '没有待接收的联单',
    confirmTitle: '确认接收',
    weighbridge: '过磅吨数',
    at: '接收时间',
    confirm: '确认接收',
    dispute: '拒收 / 异议',
    reason: '异议原因',
    submitDispute: '提交异议',
    confirmed: '已确认接收 {t} 吨',
    disputed: '已记录异议',
    project: '项目',
    plate: '车牌号',
    driver: '司机',
    category: '类别',
    stage: '阶段',
    gate: '出场吨数',
    departed: '出场时间',
    received: '接收时间',
    closed: '该联单已处理，不能重复确认',
    back: '返回列表',
  },
  en: {
    title: 'Receive loads',
    scan: 'Scan photo',
    scanHelp:
      'Best: scan the QR code on the slip with the phone camera; it opens this confirmation page directly. Or take a photo here (if the browser can read QR codes), or type the manifest number.',
    noDetector: 'This browser cannot read QR codes from photos: scan the slip with the phone camera, or type the number.',
    notFound: 'No manifest QR code of this platform was found in the photo',
    number: 'Manifest no.',
    find: 'Find',
    inbox: 'In transit (to receive)',
    done: 'Handled',
    empty: 'No loads to receive',
    confirmTitle: 'Confirm receipt',
    weighbridge: 'Weighbridge tonnes',
    at: 'Received at',
    confirm: 'Confirm receipt',
    dispute: 'Refuse / dispute',
    reason: 'Reason',
    submitDispute: 'Submit dispute',
    confirmed: 'Receipt of {t} t confirmed',
    disputed: 'Dispute recorded',
    project: 'Project',
    plate: 'Vehicle plate',
    driver: 'Driver',
    category: 'Category',
    stage: 'Stage',
    gate: 'Gate tonnes',
    departed: 'Departure',
    received: 'Received',
    closed: 'This manifest is already handled and cannot be confirmed again',
    back: 'Back to list',
  },
};

type BarcodeDetectorLike = { detect(source: ImageBitmap): Promise<Array<{ rawValue: string }>> };

/**
 * The facility's phone page. QR decoding of a photo uses the browser's own BarcodeDetector where it exists
 * (Chrome on Android); no decoding library is bundled, which is why the QR code carries the confirmation URL:
 * any phone camera app opens it directly. Typing the number always works.
 */
export function FacilityPage() {
  const t = useT(messages);
  const lang = useWasteLang();
  const navigate = useNavigate();
  const { message } = AntApp.useApp();
  const [tab, setTab] = useState<'in_transit' | 'done'>('in_transit');
  const [number, setNumber] = useState('');
  const inbox = useQuery({
    queryKey: ['facility-manifests', tab],
    queryFn: () =>
      call(
        client.GET('/api/waste/facility/manifests', {
          params: { query: { state: tab === 'in_transit' ? 'in_transit' : undefined, pageSize: 50 } },
        }),
      ),
    refetchInterval: 15_000,
  });
  const items = (inbox.data?.items ?? []).filter((m) => (tab === 'done' ? m.state !== 'in_transit' && m.state !== 'created' : true));

  async function find(n: string) {
    try {
      const r = await call(client.GET('/api/waste/manifests/lookup', { params: { query: { number: n.trim() } } }));
      navigate(`/facility/manifests/${r.id}`);
    } catch (e) {
      if (e instanceof ApiError) message.error(e.describe());
    }
  }
  async function scanPhoto(file: File) {
    const Detector = (window as unknown as { BarcodeDetector?: new (o: { formats: string[] }) => BarcodeDetectorLike }).BarcodeDetector;
    if (!Detector) return message.warning(t('noDetector'));
    const codes = await new Detector({ formats: ['qr_code'] }).detect(await createImageBitmap(file));
    const hit = codes.map((c) => /\/facility\/manifests\/([0-9a-f-]{36})/i.exec(c.rawValue)?.[1]).find(Boolean);
    if (hit) navigate(`/facility/manifests/${hit}`);
    else message.warning(t('notFound'));
  }

  return (
    <div style={{ maxWidth: 560, margin: '0 auto' }}>
      <Typography.Title level={4}>{t('title')}</Typography.Title>
      <Card size="small">
        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
          {t('scanHelp')}
        </Typography.Paragraph>
        <Space.Compact style={{ width: '100%' }}>
          <Input
            size="large"
            placeholder={t('number')}
            value={number}
            onChange={(e) => setNumber(e.target.value)}
            onPressEnter={() => find(number)}
            data-testid="manifest-number"
          />
          <Button size="large" type="primary" icon={<SearchOutlined />} onClick={() => find(number)} data-testid="find-manifest">
            {t('find')}
          </Button>
        </Space.Compact>
        <label style={{ display: 'block', marginTop: 12 }}>
          <input
            type="file"
            accept="image/*"
            capture="environment"
            style={{ display: 'none' }}
            onChange={(e) => e.target.files?.[0] && void scanPhoto(e.target.files[0])}
            data-testid="scan-input"
          />
          <span
            className="ant-btn ant-btn-default ant-btn-lg"
            style={{
              width: '100%',
              display: 'inline-flex',
              justifyContent: 'center',
              alignItems: 'center',
              gap: 8,
              border: '1px solid #d9d9d9',
              borderRadius: 8,
              padding: '8px 0',
              cursor: 'pointer',
            }}
          >
            <CameraOutlined /> {t('scan')}
          </span>
        </label>
      </Card>
      <Segmented
        block
        style={{ marginTop: 16 }}
        value={tab}
        onChange={(v) => setTab(v as typeof tab)}
        options={[
          { value: 'in_transit', label: t('inbox') },
          { value: 'done', label: t('done') },
        ]}
      />
      <List
        style={{ marginTop: 8 }}
        loading={inbox.isLoading}
        locale={{ emptyText: <Empty description={t('empty')} /> }}
        dataSource={items}
        renderItem={(m) => (
          <List.Item
            key={m.id}
            actions={[
              <Link key="o" to={`/facility/manifests/${m.id}`}>
                {m.state === 'in_transit' ? t('confirm') : '›'}
              </Link>,
            ]}
          >
            <List.Item.Meta
              title={
                <Space wrap>
                  <span data-testid="inbox-number">{m.number}</span>
                  <StateTag state={m.state} />
                </Space>
              }
              description={`${m.vehiclePlate} · ${categoryLabel(m.category, lang)} · ${m.gateTonnes} t · ${fmtTime(m.dispatchedAt, lang)} · ${m.projectName ?? ''}`}
            />
          </List.Item>
        )}
      />
    </div>
  );
}

export function FacilityManifestPage() {
  const { id = '' } = useParams();
  const t = useT(messages);
  const w = useT(wasteWords);
  const lang = useWasteLang();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const [mode, setMode] = useState<'receive' | 'dispute'>('receive');
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm();
  const q = useQuery({
    queryKey: ['manifest', id],
    queryFn: () => call(client.GET('/api/waste/manifests/{id}', { params: { path: { id } } })),
  });
  if (q.error) return <Result status="404" title={(q.error as Error).message} extra={<Link to="/facility">{t('back')}</Link>} />;
  const m = q.data;
  if (!m) return null;
  async function submit() {
    const v = await validFields(form);
    if (!v) return;
    setSaving(true);
    try {
      if (mode === 'receive') {
        await call(
          client.POST('/api/waste/manifests/{id}/receive', {
            params: { path: { id } },
            body: { weighbridgeTonnes: v.weighbridgeTonnes, at: (v.at ?? dayjs()).toISOString() },
          }),
        );
        message.success(t('confirmed', { t: v.weighbridgeTonnes }));
      } else {
        await call(client.POST('/api/waste/manifests/{id}/dispute', { params: { path: { id } }, body: { reason: v.reason } }));
        message.success(t('disputed'));
      }
      await qc.invalidateQueries({ queryKey: ['manifest', id] });
      void qc.invalidateQueries({ queryKey: ['facility-manifests'] });
    } catch (e) {
      if (e instanceof ApiError) {
        if (e.details.length)
          form.setFields(
            e.details.map((d) => ({
              name: d.path === 'at' ? 'at' : mode === 'receive' ? 'weighbridgeTonnes' : 'reason',
              errors: [d.message],
            })),
          );
        else message.error(e.describe());
      }
    } finally {
      setSaving(false);
    }
  }
  return (
    <div style={{ maxWidth: 560, margin: '0 auto' }}>
      <Link to="/facility">‹ {t('back')}</Link>
      <Card
        style={{ marginTop: 8 }}
        title={
          <Space wrap>
            <span data-testid="facility-manifest-number">{m.number}</span>
            <StateTag state={m.state} />
          </Space>
        }
      >
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('project')}>{m.projectName}</Descriptions.Item>
          <Descriptions.Item label={t('plate')}>
            <Typography.Text strong style={{ fontSize: 18 }}>
              {m.vehiclePlate}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('driver')}>
            {m.driverName} {m.driverPhone}
          </Descriptions.Item>
          <Descriptions.Item label={t('category')}>
            {categoryLabel(m.category, lang)} {subClassLabel(m.subClass, lang)}
          </Descriptions.Item>
          <Descriptions.Item label={t('stage')}>{stageLabel(m.stage, lang)}</Descriptions.Item>
          <Descriptions.Item label={t('gate')}>
            {m.gateTonnes} t（{w(m.gateWeighing)}）
          </Descriptions.Item>
          <Descriptions.Item label={t('departed')}>{fmtTime(m.dispatchedAt, lang)}</Descriptions.Item>
          {m.weighbridgeTonnes !== null && (
            <Descriptions.Item label={t('weighbridge')}>
              <span data-testid="received-tonnes">{m.weighbridgeTonnes} t</span>
            </Descriptions.Item>
          )}
          {m.closedAt && <Descriptions.Item label={t('received')}>{fmtTime(m.closedAt, lang)}</Descriptions.Item>}
        </Descriptions>
        {m.alerts.length > 0 && <AlertTags alerts={m.alerts} />}
      </Card>
      {m.canReceive ? (
        <Card style={{ marginTop: 12 }}>
          <Segmented
            block
            value={mode}
            onChange={(v) => setMode(v as typeof mode)}
            options={[
              { value: 'receive', label: t('confirmTitle') },
              { value: 'dispute', label: t('dispute') },
            ]}
            style={{ marginBottom: 16 }}
          />
          <Form form={form} layout="vertical" initialValues={{ weighbridgeTonnes: undefined, at: dayjs() }}>
            {mode === 'receive' ? (
              <>
                <Form.Item name="weighbridgeTonnes" label={t('weighbridge')} rules={[{ required: true }]}>
                  <InputNumber
                    size="large"
                    min={0}
                    max={200}
                    step={0.01}
                    style={{ width: '100%' }}
                    addonAfter="t"
                    inputMode="decimal"
                    data-testid="weighbridge-input"
                  />
                </Form.Item>
                <Form.Item name="at" label={t('at')}>
                  <DatePicker showTime size="large" style={{ width: '100%' }} />
                </Form.Item>
              </>
            ) : (
              <Form.Item name="reason" label={t('reason')} rules={[{ required: true, min: 2 }]}>
                <Input.TextArea rows={3} maxLength={500} />
              </Form.Item>
            )}
            <Button
              block
              size="large"
              type="primary"
              danger={mode === 'dispute'}
              icon={<CheckOutlined />}
              loading={saving}
              onClick={submit}
              data-testid="confirm-receipt"
            >
              {mode === 'receive' ? t('confirm') : t('submitDispute')}
            </Button>
          </Form>
        </Card>
      ) : (
        m.state !== 'created' && m.state !== 'in_transit' && <Alert style={{ marginTop: 12 }} type="info" title={t('closed')} />
      )}
    </div>
  );
}
